// The same test class ran twice on Spring Cloud Function's AWS adapter handler (FunctionInvoker): in-process, then
// forked under the real runtime client; each run answered a cold start, then a warm one, and gave
// the function's exception as Lambda's error document.
def runs = ['surefire-reports': 'in-process', 'surefire-reports-forked': 'forked']
for (run in runs) {
    def folder = run.key
    def isolation = run.value
    def report = new File(basedir, "target/${folder}/TEST-com.example.greeter.GreeterFunctionTest.xml")
    assert report.isFile() : "the ${isolation} run of GreeterFunctionTest did not run"
    def suite = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report).documentElement
    def count = { String attribute -> suite.getAttribute(attribute) as int }
    assert count('tests') == 1 && count('failures') == 0 && count('errors') == 0 && count('skipped') == 0 : "${isolation}: ${suite.attributes}"

    // The test prints the cold start's log. Only a forked function has a JVM of its own whose
    // memory the REPORT line can give, so the line tells which isolation really ran.
    def output = new File(basedir, "target/${folder}/com.example.greeter.GreeterFunctionTest-output.txt")
    assert output.isFile() : "the ${isolation} run printed no log"
    def reportLine = output.readLines().find { it.startsWith('REPORT RequestId:') }
    assert reportLine?.contains('Init Duration:') : "${isolation}: no cold-start REPORT line in ${output.text}"
    assert reportLine.contains('Max Memory Used:') == (isolation == 'forked') : "${isolation} did not run as such: ${reportLine}"
}
