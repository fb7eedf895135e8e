package dev.lambdaharness.core.corpus;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.ArrayList;
import java.util.List;

/** Holds on to megabyte arrays until the heap is exhausted. */
public class ExhaustsHeap implements RequestHandler<String, Integer> {
    @Override
    public Integer handleRequest(String input, Context context) {
        List<byte[]> held = new ArrayList<>();
        while (true) {
            held.add(new byte[1024 * 1024]);
        }
    }
}
