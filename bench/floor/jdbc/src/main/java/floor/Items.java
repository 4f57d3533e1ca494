package floor;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class Items {
	final List<String> names;
	Items(JdbcClient jdbc) { names = jdbc.sql("SELECT name FROM item").query(String.class).list(); }
}
