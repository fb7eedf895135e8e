package com.example;

import java.util.List;
import java.util.Map;

/** Echoes the first record's body, and logs how many records came: a POJO handler, no library needed. */
public class Echo {

    public String handleRequest(Map<String, Object> event) {
        List<?> records = (List<?>) event.get("Records");
        System.out.println("records: " + records.size());
        return "echo " + ((Map<?, ?>) records.get(0)).get("body");
    }
}
