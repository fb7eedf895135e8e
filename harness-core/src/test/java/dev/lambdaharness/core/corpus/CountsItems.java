package dev.lambdaharness.core.corpus;

import java.util.List;

/** Its input type, {@code List<Integer>}, is declared only through {@link TypedHandler}'s type argument. */
public class CountsItems extends TypedHandler<List<Integer>> {

    @Override
    protected String describe(List<Integer> input) {
        int sum = 0;
        for (Integer value : input) {
            sum += value;
        }
        return input.size() + " items, sum " + sum + ", first a " + input.get(0).getClass().getSimpleName();
    }
}
