package org.firstmile.floor;

import jakarta.annotation.Resource;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** A plain lazy table: one count and one page query per request, nothing else. */
@Named
@ViewScoped
public class GrantTable implements Serializable {

    private static final long serialVersionUID = 1L;

    public record Row(long id, String identifier, String title, BigDecimal amount) {

        public long getId() {
            return id;
        }

        public String getIdentifier() {
            return identifier;
        }

        public String getTitle() {
            return title;
        }

        public BigDecimal getAmount() {
            return amount;
        }
    }

    @Resource(lookup = "java:app/jdbc/floor")
    private transient DataSource dataSource;

    private final LazyDataModel<Row> rows = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            try (Connection c = dataSource.getConnection();
                    PreparedStatement s = c.prepareStatement("select count(*) from grant_award");
                    ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public List<Row> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            List<Row> page = new ArrayList<>();
            try (Connection c = dataSource.getConnection();
                    PreparedStatement s = c.prepareStatement("select id, identifier, title, amount_awarded "
                            + "from grant_award order by id desc offset ? limit ?")) {
                s.setInt(1, first);
                s.setInt(2, pageSize);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        page.add(new Row(r.getLong(1), r.getString(2), r.getString(3), r.getBigDecimal(4)));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return page;
        }
    };

    public LazyDataModel<Row> getRows() {
        return rows;
    }
}
