// What the setup checks read out of the README: the fenced blocks of one section. Loaded by the
// projects' prebuild.groovy (the path comes from setup-check/pom.xml as the variable snippets).

class ReadmeSnippets {

    /** The fenced blocks (info string and lines) of the section under the line {@code heading}, up to the next heading outside a fence. */
    static List<Map> blocks(List<String> lines, String heading) {
        int at = lines.indexOf(heading)
        assert at >= 0 : "README.md has no line '${heading}'"
        List<Map> blocks = []
        Map open = null
        for (int i = at + 1; i < lines.size(); i++) {
            String line = lines[i]
            if (open == null && line ==~ /#{1,6} .*/) {
                break
            }
            if (line.startsWith('```')) {
                if (open == null) {
                    open = [info: line.substring(3).trim(), body: []]
                } else {
                    blocks << open
                    open = null
                }
            } else if (open != null) {
                open.body << line
            }
        }
        return blocks
    }

    /** The one ```xml block of the section, as text. */
    static String xmlBlock(List<String> lines, String heading) {
        List<Map> xml = blocks(lines, heading).findAll { it.info == 'xml' }
        assert xml.size() == 1 : "the README's '${heading}' section must have exactly one ```xml block, not ${xml.size()}"
        return xml[0].body.join('\n') + '\n'
    }
}
