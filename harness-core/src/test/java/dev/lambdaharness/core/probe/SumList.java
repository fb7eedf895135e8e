package dev.lambdaharness.core.probe;

import com.amazonaws.services.lambda.runtime.Context;
import java.util.List;

/** Types found through a generic superclass: {@code [1,2,3]} gives {@code 6}. */
public class SumList extends GenericBase<List<Integer>, Integer> {
    @Override
    public Integer handleRequest(List<Integer> input, Context context) {
        return input.stream().mapToInt(Integer::intValue).sum();
    }
}
