package dev.faceidkit.sandbox.docs;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.view.RedirectView;

/**
 * {@code /docs} and {@code /docs/} redirect (302) to the portal's page. A handler method rather than a view
 * controller, so that another method on these paths is rejected like on any mapped path: the FaceID 404
 * {@code API_NOT_FOUND} from {@code ApiExceptionHandler}.
 */
@Controller
class DocsPortalRedirect {

    @GetMapping({"/docs", DocsPortalConfiguration.PATH})
    View toThePage() {
        return new RedirectView(DocsPortalConfiguration.ENTRY, true);
    }
}
