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
def html = new File(basedir, 'target/lambda-harness/coldstart/coldstart.html').text
assert html.contains('OVER its budget')

// Each child was held to 512 MB's share of a vCPU, and got about that.
assert result.cpu == 'lambda-share'
assert Math.abs(result.functions[0].cpuShareVcpu - 512 / 1769.0) < 1e-9
assert result.functions[0].measuredVcpu.p50 > 0 && result.functions[0].measuredVcpu.p50 < 0.6 : result.functions[0].measuredVcpu
assert html.contains('held to 0.289 vCPU (512 MB of 1,769 MB per vCPU)') && html.contains('<td>CPU measured (vCPU)</td>')
assert html.contains("CPU: Lambda's share: each child duty-cycled with SIGSTOP and SIGCONT every 100 ms")
