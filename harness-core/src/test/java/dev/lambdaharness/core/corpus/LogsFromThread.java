package dev.lambdaharness.core.corpus;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaRuntime;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;

/**
 * Logs through the context's logger and the static one, from the handler's thread and from a thread
 * it starts; another thread it starts dies of an uncaught exception, which the JVM prints.
 */
public class LogsFromThread implements RequestHandler<String, String> {
    @Override
    public String handleRequest(String input, Context context) {
        context.getLogger().log("on the handler's thread " + input, LogLevel.INFO);
        Thread worker = new Thread(() -> {
            context.getLogger().log("on a worker thread " + input, LogLevel.INFO);
            LambdaRuntime.getLogger().log("static logger on a worker thread " + input, LogLevel.WARN);
        }, "corpus-worker");
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Thread failing = new Thread(() -> {
            throw new IllegalStateException("uncaught on a worker thread " + input);
        }, "corpus-failing-worker");
        failing.start();
        try {
            failing.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "logged from two threads";
    }
}
