// The BOM aligns every published module, and every class in a published jar is ours: a library the harness uses internally is relocated under
// dev.lambdaharness (as ArchUnit ships ASM and Guava), so it can never clash with a project's own copy.
import java.util.zip.ZipFile

def ours = new File(localRepositoryPath, 'dev/lambdaharness')
def jars = []
ours.eachFileRecurse { if (it.name.endsWith('.jar')) jars << it }
def modules = jars.collect { it.parentFile.parentFile.name }.unique().sort()
assert modules.containsAll(['lambda-harness-conformance', 'lambda-harness-core', 'lambda-harness-event-model',
                            'lambda-harness-events', 'lambda-harness-junit', 'lambda-harness-maven-plugin',
                            'lambda-harness-remote']) :
    "not every published module was installed: ${modules}"

def bomFile = new File(ours, 'lambda-harness-bom').listFiles().find { it.isDirectory() }.listFiles().find { it.name.endsWith('.pom') }
def bom = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(bomFile)
def aligned = (0..<bom.getElementsByTagName('artifactId').length).collect { bom.getElementsByTagName('artifactId').item(it).textContent }
def missing = modules - aligned
assert missing.isEmpty() : "lambda-harness-bom does not align every published module; add ${missing} to bom/pom.xml"

def foreign = [:]
jars.each { jar ->
    new ZipFile(jar).withCloseable { zip ->
        def classes = zip.entries().toList()*.name.collect { it.replaceFirst(/^META-INF\/versions\/\d+\//, '') }.findAll {
            it.endsWith('.class') && !it.startsWith('dev/lambdaharness/') && it != 'module-info.class'
        }
        if (classes) foreign[jar.name] = classes.collect { it.replaceAll(/\/[^\/]*$/, '') }.unique().sort()
    }
}
assert foreign.isEmpty() : "published jars hold classes outside dev.lambdaharness; relocate them with the shade plugin: ${foreign}"
