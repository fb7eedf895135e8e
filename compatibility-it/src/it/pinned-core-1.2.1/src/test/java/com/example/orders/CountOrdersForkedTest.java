package com.example.orders;

import dev.lambdaharness.core.Isolation;
import dev.lambdaharness.core.LogFormat;
import dev.lambdaharness.core.LogLevel;
import dev.lambdaharness.junit.LambdaTest;

@LambdaTest(handler = "com.example.orders.CountOrders::handleRequest", logFormat = LogFormat.JSON,
        applicationLogLevel = LogLevel.INFO, isolation = Isolation.FORKED)
class CountOrdersForkedTest extends CountOrdersContract {
}
