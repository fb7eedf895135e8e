/** Handlers the remote target's tests deploy behind a runtime's Invoke API, and declare as remote functions. */
package dev.lambdaharness.remote.handlers;
