package dev.lambdaharness.core.oracle.probe;

import com.amazonaws.services.lambda.runtime.Context;

/** A POJO handler reached as {@code GreetingService::greet}, with its own input and output types. */
public class GreetingService {

    /** Input. */
    public static class Person {
        private String name;
        private int age;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public int getAge() {
            return age;
        }

        public void setAge(int age) {
            this.age = age;
        }
    }

    /** Output. */
    public static class Greeting {
        private final String message;
        private final String requestId;
        private final String functionName;
        private final int memoryLimitInMb;
        private final String nothing = null;

        Greeting(String message, String requestId, String functionName, int memoryLimitInMb) {
            this.message = message;
            this.requestId = requestId;
            this.functionName = functionName;
            this.memoryLimitInMb = memoryLimitInMb;
        }

        public String getMessage() {
            return message;
        }

        public String getRequestId() {
            return requestId;
        }

        public String getFunctionName() {
            return functionName;
        }

        public int getMemoryLimitInMb() {
            return memoryLimitInMb;
        }

        public String getNothing() {
            return nothing;
        }
    }

    public Greeting greet(Person person, Context context) {
        return new Greeting("Hi " + person.getName() + " (" + person.getAge() + ")", context.getAwsRequestId(),
                context.getFunctionName(), context.getMemoryLimitInMB());
    }
}
