// The function's code, compiled here into classes/: outside a project, the goal takes it from -Dclasspath.
import javax.tools.ToolProvider

def classes = new File(basedir, 'classes')
classes.mkdirs()
def status = ToolProvider.systemJavaCompiler.run(null, null, null, '--release', '17', '-d', classes.path,
        new File(basedir, 'src/com/example/Echo.java').path)
assert status == 0 : 'Echo.java did not compile'
true // the build runs only when the pre-build script returns true
