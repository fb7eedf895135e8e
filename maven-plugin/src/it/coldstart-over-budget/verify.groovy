// The build failed on the budget with the function's figures, in Maven's one error line, and the
// report still says what was measured.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] Failed to execute goal dev\.lambdaharness:lambda-harness-maven-plugin:[^ ]+:coldstart \(default\) on project hello-over-budget: Cold start over budget: Hello: time to first response p50 [\d.]+ ms, p90 [\d.]+ ms, max [\d.]+ ms over ${coldstartRuns} cold starts; the RIC's own start p50 [\d.]+ ms — OVER its budget of 1\.0 ms\. Report: .*coldstart\.html/
// Maven runs with -e here, so it prints the MojoFailureException's own trace; nothing of ours caused it.
assert log.findAll(/Caused by: [\w.$]+/).every { it == 'Caused by: org.apache.maven.plugin.MojoFailureException' } : 'an exception of ours under the failure'

def result = new JsonSlurper().parse(new File(basedir, 'target/lambda-harness/coldstart/coldstart.json'))
assert result.functions[0].overBudget == true && result.functions[0].limitMs == 1.0
assert result.functions[0].totalMs.p50 > 1.0
assert new File(basedir, 'target/lambda-harness/coldstart/coldstart.html').text.contains('OVER its budget')
