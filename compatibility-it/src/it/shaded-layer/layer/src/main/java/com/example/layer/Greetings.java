package com.example.layer;

/** What the layer offers its functions. */
public final class Greetings {

    private Greetings() {
    }

    /** The greeting every function of the layer uses. */
    public static String greeting() {
        return "from the layer";
    }
}
