package dev.opstracker.http.alert;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Signs test deliveries the way Standard Webhooks senders and Grafana do, independently of the code under test. */
final class Signer {

    static final String OLD_SECRET = "whsec_1R/LWtfHgSU70NAxElnO56ThFDtrup5oxTe2rHgEP0k=";
    static final String NEW_SECRET = "whsec_a+93uhU6fd5yDtgp4udSjRxLpT4hI5zHeTjGWARO/j8=";
    static final String GRAFANA_SECRET = "correct horse battery staple";

    private Signer() {
    }

    static String standardWebhooks(String whsec, String id, long timestamp, String body) {
        byte[] key = Base64.getDecoder().decode(whsec.substring("whsec_".length()));
        return "v1," + Base64.getEncoder().encodeToString(hmac(key, id + "." + timestamp + "." + body));
    }

    static String grafana(String secret, String message) {
        return HexFormat.of().formatHex(hmac(secret.getBytes(StandardCharsets.UTF_8), message));
    }

    private static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
