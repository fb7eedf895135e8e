package dev.lambdaharness.core.network;

import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.core.corpus.CorpusCode;

/** The function code of this package: the test classes and the X-Ray SDK with the libraries it needs. */
final class NetworkCode {

    private NetworkCode() {
    }

    static FunctionCode code() {
        return FunctionCode.fromPaths(CorpusCode.testClasses(),
                CorpusCode.jarOf(com.amazonaws.xray.AWSXRay.class),
                CorpusCode.jarOf(com.fasterxml.jackson.databind.ObjectMapper.class),
                CorpusCode.jarOf(com.fasterxml.jackson.core.JsonFactory.class),
                CorpusCode.jarOf(com.fasterxml.jackson.annotation.JsonInclude.class),
                CorpusCode.jarOf(org.apache.commons.logging.LogFactory.class),
                CorpusCode.jarOf(software.amazon.awssdk.utilslite.SdkInternalThreadLocal.class));
    }
}
