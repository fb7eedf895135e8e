/** Function code that sends traces and opens sockets, for the X-Ray daemon sink and the network guard. */
package dev.lambdaharness.core.network;
