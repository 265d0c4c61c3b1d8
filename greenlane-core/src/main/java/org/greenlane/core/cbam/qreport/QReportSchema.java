package org.greenlane.core.cbam.qreport;

import org.greenlane.core.cbam.CbamInputException;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Registry's QReport schema (QReport_ver23.00.xsd with its include stypes.xsd), loaded from a file the user provides.
 * Validation collects every violation instead of stopping at the first. Only local files may be included; DTDs are off.
 */
public final class QReportSchema {

    /** One schema violation with its position in the document. */
    public record Violation(int line, int column, String message) {
        @Override
        public String toString() {
            return "line " + line + ", column " + column + ": " + message;
        }
    }

    private static final String MAX_OCCUR_LIMIT = "http://www.oracle.com/xml/jaxp/properties/maxOccurLimit";

    private final Schema schema;

    private QReportSchema(Schema schema) {
        this.schema = schema;
    }

    public static QReportSchema load(Path xsd) {
        if (!Files.isRegularFile(xsd)) {
            throw new CbamInputException("QReport schema " + xsd + " not found");
        }
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            // the Registry schema allows 99,999 imported goods, above the JDK's default limit of 5,000 content-model
            // nodes under secure processing; the schema is a trusted file, so that one limit is lifted
            factory.setProperty(MAX_OCCUR_LIMIT, "0");
            return new QReportSchema(factory.newSchema(xsd.toFile()));
        } catch (SAXException ex) {
            throw new CbamInputException("QReport schema " + xsd + " cannot be loaded: " + ex.getMessage());
        }
    }

    /** All violations of the document; empty when it is valid. */
    public List<Violation> validate(String xml) {
        List<Violation> violations = new ArrayList<>();
        Validator validator = schema.newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // warnings do not make a report invalid
                }

                @Override
                public void error(SAXParseException e) {
                    violations.add(new Violation(e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
                }

                @Override
                public void fatalError(SAXParseException e) {
                    violations.add(new Violation(e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
                }
            });
            validator.validate(new StreamSource(new StringReader(xml)));
        } catch (SAXParseException ex) {
            // the document is not well-formed; the handler has recorded it
            if (violations.isEmpty()) {
                violations.add(new Violation(ex.getLineNumber(), ex.getColumnNumber(), ex.getMessage()));
            }
        } catch (SAXException | IOException ex) {
            violations.add(new Violation(0, 0, ex.getMessage()));
        }
        return List.copyOf(violations);
    }

    /** Refuses an invalid report, listing every violation. */
    public void requireValid(String xml) {
        List<Violation> violations = validate(xml);
        if (!violations.isEmpty()) {
            throw new CbamInputException("QReport is invalid (" + violations.size() + " violations):\n"
                    + violations.stream().map(Violation::toString).collect(Collectors.joining("\n")));
        }
    }
}
