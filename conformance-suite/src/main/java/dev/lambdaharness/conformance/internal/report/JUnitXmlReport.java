package dev.lambdaharness.conformance.internal.report;

import dev.lambdaharness.conformance.CheckResult;
import dev.lambdaharness.conformance.ConformanceReport;
import dev.lambdaharness.conformance.Outcome;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The report in the JUnit XML format CI systems read (Surefire's): a test suite per function, a
 * test case per rule and check; a failure is a {@code <failure>} with the message and the
 * evidence, a check not run is {@code <skipped>} with its reason.
 *
 * <pre>{@code
 * JUnitXmlReport.write(report, Path.of("target/lambda-harness/TEST-lambda-harness-conformance.xml"));
 * }</pre>
 */
public final class JUnitXmlReport {

    /** The class name every test case carries, before the function's name. */
    public static final String CLASS_PREFIX = "lambda-harness.conformance.";

    private JUnitXmlReport() {
    }

    /** Writes the report to the file. */
    public static void write(ConformanceReport report, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "Lambda Harness conformance");
            xml.writeAttribute("tests", String.valueOf(report.results().size()));
            xml.writeAttribute("failures", String.valueOf(report.count(Outcome.FAILED)));
            xml.writeAttribute("skipped", String.valueOf(report.count(Outcome.NOT_RUN)));
            for (String function : report.functions()) {
                List<CheckResult> results = report.results().stream().filter(r -> r.function().equals(function)).toList();
                xml.writeCharacters("\n  ");
                xml.writeStartElement("testsuite");
                xml.writeAttribute("name", CLASS_PREFIX + function);
                xml.writeAttribute("tests", String.valueOf(results.size()));
                xml.writeAttribute("failures", String.valueOf(results.stream().filter(r -> r.outcome() == Outcome.FAILED).count()));
                xml.writeAttribute("errors", "0");
                xml.writeAttribute("skipped", String.valueOf(results.stream().filter(r -> r.outcome() == Outcome.NOT_RUN).count()));
                for (CheckResult result : results) {
                    testCase(xml, result);
                }
                xml.writeCharacters("\n  ");
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("the JUnit XML report could not be written to " + file + ": " + e.getMessage(), e);
        }
    }

    private static void testCase(XMLStreamWriter xml, CheckResult result) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", CLASS_PREFIX + result.function());
        xml.writeAttribute("name", result.check());
        xml.writeAttribute("time", "0");
        if (result.outcome() == Outcome.FAILED) {
            xml.writeStartElement("failure");
            xml.writeAttribute("message", result.message());
            xml.writeAttribute("type", result.severity().name());
            xml.writeCharacters(String.join("\n", result.evidence()));
            xml.writeEndElement();
        } else if (result.outcome() == Outcome.NOT_RUN) {
            xml.writeEmptyElement("skipped");
            xml.writeAttribute("message", result.message());
        } else {
            xml.writeStartElement("system-out");
            xml.writeCharacters(result.message());
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
}
