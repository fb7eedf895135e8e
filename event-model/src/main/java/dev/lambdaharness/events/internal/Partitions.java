package dev.lambdaharness.events.internal;

/** The AWS partition a region belongs to, and the DNS suffix of its service endpoints. */
public final class Partitions {

    private Partitions() {
    }

    /** @return the partition of {@code region}, such as {@code aws-cn} for {@code cn-north-1} */
    public static String of(String region) {
        if (region.startsWith("cn-")) {
            return "aws-cn";
        }
        if (region.startsWith("us-gov-")) {
            return "aws-us-gov";
        }
        if (region.startsWith("us-isob-")) {
            return "aws-iso-b";
        }
        if (region.startsWith("us-iso-")) {
            return "aws-iso";
        }
        if (region.startsWith("eu-isoe-")) {
            return "aws-iso-e";
        }
        if (region.startsWith("us-isof-")) {
            return "aws-iso-f";
        }
        return "aws";
    }

    /** @return the endpoint DNS suffix of {@code partition}, such as {@code amazonaws.com.cn} */
    public static String dnsSuffix(String partition) {
        return switch (partition) {
            case "aws-cn" -> "amazonaws.com.cn";
            case "aws-iso" -> "c2s.ic.gov";
            case "aws-iso-b" -> "sc2s.sgov.gov";
            case "aws-iso-e" -> "cloud.adc-e.uk";
            case "aws-iso-f" -> "csp.hci.ic.gov";
            default -> "amazonaws.com";
        };
    }
}
