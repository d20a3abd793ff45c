// Writes this project's pom.xml: the README's Maven snippet ("### Maven") with its jackson-databind
// dependency replaced by the ```xml block of the README's "### Jackson 3" section, as that section
// tells a user to do. Fails if there is no such block, if it is not one Jackson 3 dependency, or if
// it names another Jackson 3 version than this build's.
//
// Variables: basedir (this project), and from setup-check/pom.xml: readme, snippets, jackson3Version.

import javax.xml.parsers.DocumentBuilderFactory
import org.w3c.dom.Element

File readmeFile = new File(readme).canonicalFile
List<String> lines = readmeFile.getText('UTF-8').readLines()
def snippetsClass = new GroovyClassLoader(getClass().classLoader).parseClass(new File(snippets))
String pom = snippetsClass.xmlBlock(lines, '### Maven')
String jackson3 = snippetsClass.xmlBlock(lines, '### Jackson 3')

Element dependency = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(jackson3.getBytes('UTF-8'))).documentElement
assert dependency.tagName == 'dependency' : "the README's Jackson 3 snippet is not one <dependency> (its root is <${dependency.tagName}>)"
String text(Element e, String name) {
    def nodes = e.getElementsByTagName(name)
    return nodes.length == 0 ? null : nodes.item(0).textContent.trim()
}
assert text(dependency, 'groupId') == 'tools.jackson.core' && text(dependency, 'artifactId') == 'jackson-databind' :
        "the README's Jackson 3 snippet must name tools.jackson.core:jackson-databind"
assert text(dependency, 'version') == jackson3Version :
        "the README's Jackson 3 snippet names ${text(dependency, 'version')}, this build uses ${jackson3Version} (jackson3.version in pom.xml)"

// The Maven snippet's Jackson 2 dependency, with its comment, gives way to the Jackson 3 one.
def jackson2 = ~/(?s)\n[ \t]*<!--[^\n]*-->\n[ \t]*<dependency>\s*<groupId>com\.fasterxml\.jackson\.core<\/groupId>\s*<artifactId>jackson-databind<\/artifactId>.*?<\/dependency>/
assert pom =~ jackson2 : "the README's Maven snippet has no commented jackson-databind dependency to replace"
String indented = jackson3.readLines().collect { '    ' + it }.join('\n')
pom = pom.replaceFirst(jackson2, java.util.regex.Matcher.quoteReplacement('\n' + indented.replaceAll(/\s+$/, '')))
assert !pom.contains('com.fasterxml.jackson.core') : 'Jackson 2 is left in the pom'

new File(basedir, 'pom.xml').setText(pom, 'UTF-8')
println "pom.xml written from the Maven snippet of ${readmeFile}, with the Jackson 3 dependency"
return true
