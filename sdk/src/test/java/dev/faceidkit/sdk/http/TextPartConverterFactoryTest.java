package dev.faceidkit.sdk.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.MultipartBody;
import okhttp3.Request;
import okhttp3.ResponseBody;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import retrofit2.Call;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;
import retrofit2.converter.scalars.ScalarsConverterFactory;
import retrofit2.http.Multipart;
import retrofit2.http.POST;
import retrofit2.http.Part;

class TextPartConverterFactoryTest {

    enum SecurityLevel {
        STRICT;

        @Override
        public String toString() {
            return "3";
        }
    }

    interface Form {
        @Multipart
        @POST("form")
        Call<ResponseBody> send(@Part("security_level") SecurityLevel level, @Part("count") Integer count,
                                @Part("name") String name);
    }

    @Test
    void writesEnumsAndNumbersAsPlainTextBeforeJacksonCanQuoteThem() throws IOException {
        Retrofit.Builder retrofit = new Retrofit.Builder().baseUrl("http://localhost/");
        Form withFactory = retrofit.addConverterFactory(new TextPartConverterFactory())
                .addConverterFactory(ScalarsConverterFactory.create())
                .addConverterFactory(JacksonConverterFactory.create(new ObjectMapper()))
                .build().create(Form.class);
        Form jacksonOnly = new Retrofit.Builder().baseUrl("http://localhost/")
                .addConverterFactory(ScalarsConverterFactory.create())
                .addConverterFactory(JacksonConverterFactory.create(new ObjectMapper()))
                .build().create(Form.class);

        assertThat(parts(withFactory.send(SecurityLevel.STRICT, 2, "x").request())).containsExactly(
                "text/plain; charset=UTF-8 3", "text/plain; charset=UTF-8 2", "text/plain; charset=UTF-8 x");
        // What the factory prevents: the enum JSON-quoted by Jackson.
        assertThat(parts(jacksonOnly.send(SecurityLevel.STRICT, 2, "x").request()).get(0))
                .isEqualTo("application/json; charset=UTF-8 \"STRICT\"");
    }

    private static List<String> parts(Request request) throws IOException {
        MultipartBody body = (MultipartBody) request.body();
        List<String> parts = new ArrayList<>();
        for (MultipartBody.Part part : body.parts()) {
            Buffer buffer = new Buffer();
            part.body().writeTo(buffer);
            parts.add(part.body().contentType() + " " + buffer.readUtf8());
        }
        return parts;
    }
}
