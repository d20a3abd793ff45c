// Writes this project's pom.xml: the ```xml block of the README's "### Maven" section, unchanged.
// Fails if there is no such block, if it or any io.apimodel coordinate of the README names another
// apimodel version than this build's, or if it does not pin maven-compiler-plugin to the version
// this build uses (a Maven that binds a newer plugin by default would build the project all the
// same, Maven 3.8 would not).
//
// Variables: basedir (this project), and from setup-check/pom.xml: readme, snippets (ReadmeSnippets.groovy),
// apimodelVersion, compilerPluginVersion.

import javax.xml.parsers.DocumentBuilderFactory
import org.w3c.dom.Element

File readmeFile = new File(readme).canonicalFile
assert readmeFile.isFile() : "no README at ${readmeFile}"

List<String> lines = readmeFile.getText('UTF-8').readLines()
def snippetsClass = new GroovyClassLoader(getClass().classLoader).parseClass(new File(snippets))
String pom = snippetsClass.xmlBlock(lines, '### Maven')

Element project = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(pom.getBytes('UTF-8'))).documentElement
assert project.tagName == 'project' : "the README's Maven snippet is not a whole pom.xml (its root is <${project.tagName}>)"

String child(Element e, String name) {
    def nodes = e.childNodes
    for (int i = 0; i < nodes.length; i++) {
        if (nodes.item(i) instanceof Element && nodes.item(i).tagName == name) {
            return nodes.item(i).textContent.trim()
        }
    }
    return null
}

List<Element> elements(Element root, String tag) {
    def nodes = root.getElementsByTagName(tag)
    (0..<nodes.length).collect { nodes.item(it) as Element }
}

// Every apimodel coordinate (dependency, processor path) names this build's version. (Whether they
// are there at all, the build itself shows: without them, Main does not compile.)
List<Element> apimodel = (elements(project, 'dependency') + elements(project, 'path'))
        .findAll { child(it, 'groupId') == 'io.apimodel' }
apimodel.each {
    assert child(it, 'version') == apimodelVersion :
            "the README's Maven snippet names ${child(it, 'artifactId')} ${child(it, 'version')}, this build is ${apimodelVersion}"
}

// maven-compiler-plugin is pinned, to this build's version.
List<Element> compiler = elements(project, 'plugin').findAll { child(it, 'artifactId') == 'maven-compiler-plugin' }
assert compiler.size() == 1 : "the README's Maven snippet must configure maven-compiler-plugin once, not ${compiler.size()} times"
String pinned = child(compiler[0], 'version')
assert pinned != null :
        "the README's Maven snippet must pin maven-compiler-plugin's <version>: Maven 3.8 would use 3.1, which ignores <release> and <annotationProcessorPaths>"
assert pinned == compilerPluginVersion :
        "the README's Maven snippet pins maven-compiler-plugin ${pinned}, this build uses ${compilerPluginVersion} (compiler-plugin.version in pom.xml)"

// The Gradle coordinates name this build's version too.
(readmeFile.getText('UTF-8') =~ /io\.apimodel:(apimodel-[a-z-]+):([^"\s]+)"/).each { match, artifact, version ->
    assert version == apimodelVersion : "README.md names io.apimodel:${artifact}:${version}, this build is ${apimodelVersion}"
}

new File(basedir, 'pom.xml').setText(pom, 'UTF-8')
println "pom.xml written from the Maven snippet of ${readmeFile}"
return true
