package org.greenlane.server.launcher;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One keep-alive HTTP/1.1 connection over TLS for the benchmarks' load generators, used by one
 * thread at a time. A blocking socket costs a fraction of the CPU of java.net.http's asynchronous
 * pipeline, and the generator shares the two cores with the server it measures. The server's
 * certificate and host name are verified as by any client; when the server closes the connection
 * (it says so in the response), the next request opens a new one, resuming the TLS session.
 */
final class KeepAliveHttps implements Closeable {

    /** A response's status and body. */
    record Response(int status, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final SSLContext tls;
    private final String host;
    private final int port;
    private SSLSocket socket;
    private InputStream in;
    private OutputStream out;

    KeepAliveHttps(SSLContext tls, String host, int port) {
        this.tls = tls;
        this.host = host;
        this.port = port;
    }

    Response get(String path, String authorization) throws IOException {
        return send("GET", path, authorization, null, null);
    }

    Response post(String path, String authorization, String contentType, byte[] body) throws IOException {
        return send("POST", path, authorization, contentType, body);
    }

    private Response send(String method, String path, String authorization, String contentType, byte[] body)
            throws IOException {
        if (socket == null) {
            connect();
        }
        try {
            StringBuilder head = new StringBuilder(256).append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(host).append(':').append(port).append("\r\n");
            if (authorization != null) {
                head.append("Authorization: ").append(authorization).append("\r\n");
            }
            if (body != null) {
                head.append("Content-Type: ").append(contentType).append("\r\nContent-Length: ").append(body.length).append("\r\n");
            }
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            return read();
        } catch (IOException failure) {
            close();
            throw failure;
        }
    }

    /** Opens the connection now (TLS handshake included) rather than at the first request. */
    void open() throws IOException {
        if (socket == null) {
            connect();
        }
    }

    private void connect() throws IOException {
        SSLSocket opened = (SSLSocket) tls.getSocketFactory().createSocket();
        SSLParameters parameters = opened.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        opened.setSSLParameters(parameters);
        opened.setTcpNoDelay(true);
        opened.setSoTimeout(30_000);
        opened.connect(new InetSocketAddress(host, port), 5_000);
        opened.startHandshake();
        socket = opened;
        in = new BufferedInputStream(opened.getInputStream(), 16_384);
        out = new BufferedOutputStream(opened.getOutputStream(), 8_192);
    }

    private Response read() throws IOException {
        String status = line();
        if (!status.startsWith("HTTP/1.1 ") || status.length() < 12) {
            throw new IOException("not an HTTP/1.1 response: " + status);
        }
        int code = Integer.parseInt(status.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean closing = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            String name = header.substring(0, Math.max(colon, 0)).toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).strip();
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> closing = value.equalsIgnoreCase("close");
                default -> {
                }
            }
        }
        byte[] body;
        if (chunked) {
            ByteArrayOutputStream joined = new ByteArrayOutputStream();
            for (int size = Integer.parseInt(line().split(";", 2)[0].strip(), 16); size > 0;
                 size = Integer.parseInt(line().split(";", 2)[0].strip(), 16)) {
                joined.write(in.readNBytes(size));
                line();
            }
            String trailer;
            do {
                trailer = line();
            } while (!trailer.isEmpty());
            body = joined.toByteArray();
        } else if (length >= 0) {
            body = in.readNBytes((int) length);
            if (body.length != length) {
                throw new EOFException("response ended after " + body.length + " of " + length + " bytes");
            }
        } else {
            body = in.readAllBytes();
            closing = true;
        }
        if (closing) {
            close();
        }
        return new Response(code, body);
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new EOFException("connection closed by the server");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // Closing a connection we no longer use; nothing depends on it.
            }
            socket = null;
        }
    }
}
