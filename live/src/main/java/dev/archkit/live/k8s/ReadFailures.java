package dev.archkit.live.k8s;

import io.fabric8.kubernetes.client.KubernetesClientException;

/**
 * Why a call to the API server failed, in words a reader can act on: the HTTP status and the
 * server's own message, or the timeout or connection error. Never the request's headers or
 * the kubeconfig's credentials.
 */
final class ReadFailures {
    private ReadFailures() { }

    /**
     * True when every further call would fail the same way: the credentials were refused (401)
     * or the API server cannot be reached. The reader then stops asking.
     */
    static boolean clusterWide(KubernetesClientException e) {
        if (e.getCode() == 401) return true;
        if (e.getCode() > 0) return false;
        for (Throwable t = e; t != null; t = t.getCause()) if (t instanceof java.net.ConnectException) return true;
        return false;
    }

    static String reason(KubernetesClientException e, int timeoutSeconds) {
        int code = e.getCode();
        String server = e.getStatus() == null || e.getStatus().getMessage() == null ? "" : ": " + e.getStatus().getMessage();
        if (code == 401) return "unauthorized (401): the credentials of the kubeconfig were refused; renew them (aws eks update-kubeconfig, or log in again)";
        if (code == 403) return "forbidden (403)" + server;
        if (code == 404) return "not served (404): the cluster has no such API" + server;
        if (code == 410) return "the list expired while it was paged (410 Gone); run drift again";
        if (code == 429) return "throttled (429) beyond the retries" + server;
        if (code >= 500) return "server error (" + code + ")" + server;
        if (code > 0) return "HTTP " + code + server;
        for (Throwable t = e; t != null; t = t.getCause()) {
            String type = t.getClass().getSimpleName();
            if (type.contains("Timeout")) return "timed out (no answer within " + timeoutSeconds + " s)";
            if (t instanceof java.net.ConnectException) return "cannot connect to the API server" + (t.getMessage() == null ? "" : ": " + t.getMessage());
        }
        Throwable root = e;
        while (root.getCause() != null) root = root.getCause();
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
