// Both functions were measured in fresh forked environments running the RIC, beside the RIC's own
// start, with progress on the console, and the three files were written.
import groovy.json.JsonSlurper

def runs = coldstartRuns as int

def log = new File(basedir, 'build.log').text
assert log.contains('Hello: one unmeasured cold start first') : 'no warm-up line'
['Hello', 'hello-ada'].each { name ->
    assert log =~ /${name}: cold start ${runs} of ${runs}: [\d.]+ ms to first response \(Init Duration [\d.]+ ms\), the RIC's own start [\d.]+ ms; running median [\d.]+ ms/ : "no progress line of ${name}"
}
assert log =~ /Hello: time to first response p50 [\d.]+ ms, p90 [\d.]+ ms, max [\d.]+ ms over ${runs} cold starts; the RIC's own start p50 [\d.]+ ms — within its budget of 60000.0 ms/
assert log =~ /hello-ada: time to first response p50 .* — within its budget of 45000.0 ms/
assert log =~ /Cold-start report: .*coldstart\.html \(JSON: .*coldstart\.json\); 2 functions measured in [\d.]+ s/
assert log.contains('BUILD SUCCESS')

def folder = new File(basedir, 'target/lambda-harness/coldstart')
def result = new JsonSlurper().parse(new File(folder, 'coldstart.json'))
assert result.format == 1 && result.project == 'com.example:hello-within-budget' && result.runs == runs && result.runtimeClient == 'RIC'
assert result.functions*.name == ['Hello', 'hello-ada']
assert result.cpu == 'machine' && result.functions.every { it.cpuShareVcpu == null && it.measuredVcpu.p50 > 0 }
result.functions.each { f ->
    assert f.samples.size() == runs && f.ricOwnStartSamplesMs.size() == runs : "${f.name}: ${f.samples} ${f.ricOwnStartSamplesMs}"
    f.samples.each { s ->
        // The first response comes after INIT, and INIT after a JVM has loaded its classes.
        assert s.totalMs > s.initDurationMs && s.initDurationMs > 0 && s.durationMs > 0 : "${f.name}: ${s}"
        assert s.classesLoaded > 500 : "${f.name}: a JVM running the RIC loads hundreds of classes: ${s}"
        assert s.maxMemoryUsedMb > 0 && s.maxMemoryUsedMb <= f.memorySizeMb : "${f.name}: ${s}"
    }
    ['totalMs', 'initDurationMs', 'durationMs', 'classesLoaded', 'maxMemoryUsedMb', 'ricOwnStartMs'].each { figure ->
        def d = f[figure]
        assert d.count == runs && d.min <= d.p50 && d.p50 <= d.p90 && d.p90 <= d.max && Math.abs(d.spread - (d.max - d.min)) < 1e-9 : "${f.name} ${figure}: ${d}"
    }
    assert f.overBudget == false
}
assert result.functions[1].memorySizeMb == 256 && result.functions[1].budget == '45s' && result.functions[1].limitMs == 45000

def baseline = new File(folder, 'baseline.json')
assert baseline.text == new File(folder, 'coldstart.json').text : 'the baseline candidate is this run'
def html = new File(folder, 'coldstart.html').text
assert html.contains('<h2>Hello</h2>') && html.contains('<h2>hello-ada</h2>') && html.count('<svg') == 2
assert html.contains("<td>the RIC's own start (ms)</td>") && html.contains('<td>classes loaded</td>')
assert !html.contains('<script') && !html.contains('http://') && !html.contains('https://')
assert !new File(basedir, 'coldstart-baseline.json').exists() : 'the baseline is written only when asked'
