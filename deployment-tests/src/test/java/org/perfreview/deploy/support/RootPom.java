package org.perfreview.deploy.support;

import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Properties of the root pom.xml (versions the deployment must agree with). */
public final class RootPom {
    private RootPom() {
    }

    public static String property(String name) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document pom = factory.newDocumentBuilder().parse(ProjectFiles.resolve("pom.xml").toFile());
            NodeList properties = pom.getElementsByTagName("properties");
            for (int i = 0; i < properties.getLength(); i++) {
                for (Node n = properties.item(i).getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (name.equals(n.getNodeName())) {
                        return n.getTextContent().strip();
                    }
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot read pom.xml: " + e.getMessage(), e);
        }
        throw new AssertionError("pom.xml has no property " + name);
    }
}
