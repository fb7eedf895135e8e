package com.example.tags;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import net.bytebuddy.ByteBuddy;
import software.amazon.awssdk.utilslite.SdkInternalThreadLocal;

/** Tags the request in utils-lite's thread-local, as Powertools' logging does, and names a Byte Buddy type. */
public class TagRequest implements RequestHandler<String, String> {

    @Override
    public String handleRequest(String id, Context context) {
        SdkInternalThreadLocal.put("AWS_LAMBDA_X_TRACE_ID", id);
        String generated = new ByteBuddy().subclass(Object.class).name("com.example.tags.Tag").make()
                .getTypeDescription().getName();
        return SdkInternalThreadLocal.get("AWS_LAMBDA_X_TRACE_ID") + " " + generated;
    }
}
