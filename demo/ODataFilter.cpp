#include "demo/ODataFilter.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <algorithm>
#include <iterator>
#include <optional>

struct ODataFilter::Node
{
    enum Kind { And, Or, Not, Compare, In, StartsWith, EndsWith, Contains } kind;
    QString op;
    QString property;
    QList<QJsonValue> literals;
    std::shared_ptr<const Node> left;
    std::shared_ptr<const Node> right;
};

namespace {

struct Token
{
    enum Type { Identifier, String, Number, OpenParen, CloseParen, Comma, End } type;
    QString text;
};

class Lexer
{
public:
    explicit Lexer(const QString &input)
        : m_input(input)
    {
    }

    bool tokenize(QList<Token> *tokens, QString *error)
    {
        while (true) {
            while (m_pos < m_input.size() && m_input.at(m_pos).isSpace())
                ++m_pos;
            if (m_pos >= m_input.size())
                break;
            const QChar c = m_input.at(m_pos);
            if (c == QLatin1Char('(')) {
                tokens->append({Token::OpenParen, QStringLiteral("(")});
                ++m_pos;
            } else if (c == QLatin1Char(')')) {
                tokens->append({Token::CloseParen, QStringLiteral(")")});
                ++m_pos;
            } else if (c == QLatin1Char(',')) {
                tokens->append({Token::Comma, QStringLiteral(",")});
                ++m_pos;
            } else if (c == QLatin1Char('\'')) {
                QString value;
                ++m_pos;
                bool closed = false;
                while (m_pos < m_input.size()) {
                    if (m_input.at(m_pos) == QLatin1Char('\'')) {
                        if (m_pos + 1 < m_input.size() && m_input.at(m_pos + 1) == QLatin1Char('\'')) {
                            value.append(QLatin1Char('\''));
                            m_pos += 2;
                            continue;
                        }
                        closed = true;
                        ++m_pos;
                        break;
                    }
                    value.append(m_input.at(m_pos++));
                }
                if (!closed) {
                    *error = QStringLiteral("There is an unterminated string literal at position %1 in '%2'.")
                                 .arg(m_pos)
                                 .arg(m_input);
                    return false;
                }
                tokens->append({Token::String, value});
            } else if (c.isDigit() || c == QLatin1Char('-')) {
                const int start = m_pos;
                while (m_pos < m_input.size()
                    && (m_input.at(m_pos).isLetterOrNumber() || QStringLiteral("-:.+").contains(m_input.at(m_pos))))
                    ++m_pos;
                tokens->append({Token::Number, m_input.mid(start, m_pos - start)});
            } else if (c.isLetter() || c == QLatin1Char('_')) {
                const int start = m_pos;
                while (m_pos < m_input.size()
                    && (m_input.at(m_pos).isLetterOrNumber() || m_input.at(m_pos) == QLatin1Char('_')
                        || m_input.at(m_pos) == QLatin1Char('/') || m_input.at(m_pos) == QLatin1Char('.')))
                    ++m_pos;
                tokens->append({Token::Identifier, m_input.mid(start, m_pos - start)});
            } else {
                *error = QStringLiteral("Syntax error: character '%1' is not valid at position %2 in '%3'.")
                             .arg(c)
                             .arg(m_pos)
                             .arg(m_input);
                return false;
            }
        }
        tokens->append({Token::End, QString()});
        return true;
    }

private:
    QString m_input;
    int m_pos = 0;
};

using NodePtr = std::shared_ptr<const ODataFilter::Node>;

class Parser
{
public:
    Parser(QList<Token> tokens, QString expression)
        : m_tokens(std::move(tokens))
        , m_expression(std::move(expression))
    {
    }

    NodePtr parse(QString *error)
    {
        NodePtr root = orExpression();
        if (root && peek().type != Token::End)
            fail(QStringLiteral("Syntax error at position %1 in '%2'.").arg(m_index).arg(m_expression));
        if (!m_error.isEmpty()) {
            *error = m_error;
            return nullptr;
        }
        return root;
    }

private:
    const Token &peek() const { return m_tokens.at(qMin(m_index, m_tokens.size() - 1)); }
    Token next() { return m_tokens.at(qMin(m_index++, m_tokens.size() - 1)); }
    bool isKeyword(const char *keyword) const
    {
        return peek().type == Token::Identifier && peek().text.compare(QLatin1String(keyword), Qt::CaseSensitive) == 0;
    }
    NodePtr fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
        return nullptr;
    }
    bool expect(Token::Type type, const char *what)
    {
        if (peek().type == type) {
            ++m_index;
            return true;
        }
        fail(QStringLiteral("Syntax error: expected %1 at position %2 in '%3'.")
                 .arg(QLatin1String(what))
                 .arg(m_index)
                 .arg(m_expression));
        return false;
    }

    NodePtr binary(ODataFilter::Node::Kind kind, NodePtr left, NodePtr right)
    {
        auto node = std::make_shared<ODataFilter::Node>();
        node->kind = kind;
        node->left = std::move(left);
        node->right = std::move(right);
        return node;
    }

    NodePtr orExpression()
    {
        NodePtr left = andExpression();
        while (left && isKeyword("or")) {
            ++m_index;
            NodePtr right = andExpression();
            if (!right)
                return nullptr;
            left = binary(ODataFilter::Node::Or, left, right);
        }
        return left;
    }

    NodePtr andExpression()
    {
        NodePtr left = unary();
        while (left && isKeyword("and")) {
            ++m_index;
            NodePtr right = unary();
            if (!right)
                return nullptr;
            left = binary(ODataFilter::Node::And, left, right);
        }
        return left;
    }

    NodePtr unary()
    {
        if (isKeyword("not")) {
            ++m_index;
            NodePtr operand = unary();
            return operand ? binary(ODataFilter::Node::Not, operand, nullptr) : nullptr;
        }
        return primary();
    }

    bool literal(QJsonValue *value)
    {
        const Token token = next();
        if (token.type == Token::String) {
            *value = token.text;
            return true;
        }
        if (token.type == Token::Identifier
            && (token.text == QLatin1String("true") || token.text == QLatin1String("false"))) {
            *value = token.text == QLatin1String("true");
            return true;
        }
        if (token.type == Token::Identifier && token.text == QLatin1String("null")) {
            *value = QJsonValue(QJsonValue::Null);
            return true;
        }
        if (token.type == Token::Number) {
            bool ok = false;
            const double number = token.text.toDouble(&ok);
            if (ok) {
                *value = number;
                return true;
            }
            const QDateTime time = QDateTime::fromString(token.text, Qt::ISODateWithMs);
            if (time.isValid()) {
                // Kept as a tagged string so comparisons know to compare instants, not text.
                *value = QString(QStringLiteral("\x01") + time.toUTC().toString(Qt::ISODateWithMs));
                return true;
            }
        }
        fail(QStringLiteral("Syntax error: '%1' at position %2 in '%3' is not a valid literal.")
                 .arg(token.text)
                 .arg(m_index - 1)
                 .arg(m_expression));
        return false;
    }

    NodePtr function(ODataFilter::Node::Kind kind)
    {
        ++m_index;
        if (!expect(Token::OpenParen, "'('"))
            return nullptr;
        const Token property = next();
        if (property.type != Token::Identifier)
            return fail(QStringLiteral("Syntax error: expected a property name in '%1'.").arg(m_expression));
        if (!expect(Token::Comma, "','"))
            return nullptr;
        QJsonValue value;
        if (!literal(&value) || !expect(Token::CloseParen, "')'"))
            return nullptr;
        auto node = std::make_shared<ODataFilter::Node>();
        node->kind = kind;
        node->property = property.text;
        node->literals = {value};
        return node;
    }

    NodePtr primary()
    {
        if (peek().type == Token::OpenParen) {
            ++m_index;
            NodePtr inner = orExpression();
            if (!inner || !expect(Token::CloseParen, "')'"))
                return nullptr;
            return inner;
        }
        if (isKeyword("startswith"))
            return function(ODataFilter::Node::StartsWith);
        if (isKeyword("endswith"))
            return function(ODataFilter::Node::EndsWith);
        if (isKeyword("contains"))
            return function(ODataFilter::Node::Contains);
        if (peek().type == Token::Identifier && m_index + 1 < m_tokens.size()
            && m_tokens.at(m_index + 1).type == Token::OpenParen)
            return fail(QStringLiteral("An unknown function with name '%1' was found.").arg(peek().text));
        const Token property = next();
        if (property.type != Token::Identifier)
            return fail(QStringLiteral("Syntax error at position %1 in '%2'.").arg(m_index - 1).arg(m_expression));
        const Token op = next();
        static const QStringList comparisons = {QStringLiteral("eq"), QStringLiteral("ne"), QStringLiteral("lt"),
            QStringLiteral("le"), QStringLiteral("gt"), QStringLiteral("ge")};
        auto node = std::make_shared<ODataFilter::Node>();
        node->property = property.text;
        if (op.type == Token::Identifier && op.text == QLatin1String("in")) {
            node->kind = ODataFilter::Node::In;
            if (!expect(Token::OpenParen, "'('"))
                return nullptr;
            do {
                QJsonValue value;
                if (!literal(&value))
                    return nullptr;
                node->literals.append(value);
            } while (peek().type == Token::Comma && (++m_index, true));
            if (!expect(Token::CloseParen, "')'"))
                return nullptr;
            return node;
        }
        if (op.type != Token::Identifier || !comparisons.contains(op.text))
            return fail(
                QStringLiteral("Syntax error: '%1' is not a supported operator in '%2'.").arg(op.text, m_expression));
        node->kind = ODataFilter::Node::Compare;
        node->op = op.text;
        QJsonValue value;
        if (!literal(&value))
            return nullptr;
        node->literals = {value};
        return node;
    }

    QList<Token> m_tokens;
    QString m_expression;
    int m_index = 0;
    QString m_error;
};

bool isDateLiteral(const QJsonValue &v)
{
    return v.isString() && v.toString().startsWith(QLatin1Char('\x01'));
}

int digitsAt(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// Milliseconds since the epoch of an ISO 8601 instant. Graph writes DateTimeOffset values in UTC
// ("2026-11-20T08:00:00Z", sometimes with a fraction); those are read here directly, because a range $filter
// compares every row of a large tenant. Anything else (an offset) goes through QDateTime.
std::optional<qint64> instantOf(QStringView text)
{
    const bool plainUtc = text.size() >= 20 && text.size() <= 28 && text.back() == u'Z' && text.at(4) == u'-'
        && text.at(7) == u'-' && text.at(10) == u'T' && text.at(13) == u':' && text.at(16) == u':'
        && (text.size() == 20 || text.at(19) == u'.');
    if (plainUtc) {
        const int fields[] = {digitsAt(text, 0, 4), digitsAt(text, 5, 2), digitsAt(text, 8, 2), digitsAt(text, 11, 2),
            digitsAt(text, 14, 2), digitsAt(text, 17, 2)};
        const qsizetype fractionDigits = qMin<qsizetype>(3, text.size() - 21);
        const int fraction = fractionDigits > 0 ? digitsAt(text, 20, fractionDigits) : 0;
        const QDate date(fields[0], fields[1], fields[2]);
        if (date.isValid() && std::none_of(std::begin(fields), std::end(fields), [](int f) { return f < 0; })
            && fraction >= 0 && fields[3] < 24 && fields[4] < 60 && fields[5] < 60) {
            const int scale = fractionDigits == 1 ? 100 : (fractionDigits == 2 ? 10 : 1);
            return (date.toJulianDay() - QDate(1970, 1, 1).toJulianDay()) * qint64(86400000)
                + ((fields[3] * 60 + fields[4]) * 60 + fields[5]) * qint64(1000) + fraction * scale;
        }
    }
    const QDateTime time = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
    return time.isValid() ? std::optional<qint64>(time.toMSecsSinceEpoch()) : std::nullopt;
}

int compareValues(const QJsonValue &actual, const QJsonValue &literal, bool *comparable)
{
    *comparable = true;
    if (isDateLiteral(literal)) {
        const std::optional<qint64> a = instantOf(actual.toString());
        const std::optional<qint64> b = instantOf(QStringView(literal.toString()).mid(1));
        *comparable = a && b;
        if (!*comparable)
            return 1;
        return *a < *b ? -1 : (*a > *b ? 1 : 0);
    }
    if (literal.isDouble() && actual.isDouble()) {
        const double a = actual.toDouble();
        const double b = literal.toDouble();
        return a < b ? -1 : (a > b ? 1 : 0);
    }
    if (literal.isBool() && actual.isBool())
        return int(actual.toBool()) - int(literal.toBool());
    if (literal.isNull())
        return actual.isNull() ? 0 : 1;
    if (literal.isString() && actual.isString())
        return actual.toString().compare(literal.toString(), Qt::CaseInsensitive);
    if (literal.isString() && actual.isNull())
        return -1;
    *comparable = false;
    return 1;
}

int compareWithLiteral(const ODataFilter::Node &node, const ODataFilter::PropertyLookup &lookup,
    const ODataFilter::InstantLookup &instants, bool *comparable)
{
    const QJsonValue &literal = node.literals.first();
    if (instants && isDateLiteral(literal)) {
        const std::optional<qint64> a = instants(node.property);
        const std::optional<qint64> b = instantOf(QStringView(literal.toString()).mid(1));
        if (a && b) {
            *comparable = true;
            return *a < *b ? -1 : (*a > *b ? 1 : 0);
        }
    }
    return compareValues(lookup(node.property), literal, comparable);
}

bool evaluate(const ODataFilter::Node &node, const ODataFilter::PropertyLookup &lookup,
    const ODataFilter::InstantLookup &instants)
{
    switch (node.kind) {
    case ODataFilter::Node::And:
        return evaluate(*node.left, lookup, instants) && evaluate(*node.right, lookup, instants);
    case ODataFilter::Node::Or:
        return evaluate(*node.left, lookup, instants) || evaluate(*node.right, lookup, instants);
    case ODataFilter::Node::Not:
        return !evaluate(*node.left, lookup, instants);
    case ODataFilter::Node::StartsWith:
        return lookup(node.property).toString().startsWith(node.literals.first().toString(), Qt::CaseInsensitive);
    case ODataFilter::Node::EndsWith:
        return lookup(node.property).toString().endsWith(node.literals.first().toString(), Qt::CaseInsensitive);
    case ODataFilter::Node::Contains:
        return lookup(node.property).toString().contains(node.literals.first().toString(), Qt::CaseInsensitive);
    case ODataFilter::Node::In: {
        const QJsonValue actual = lookup(node.property);
        for (const auto &literal : node.literals) {
            bool comparable = false;
            if (compareValues(actual, literal, &comparable) == 0 && comparable)
                return true;
        }
        return false;
    }
    case ODataFilter::Node::Compare: {
        bool comparable = false;
        const int c = compareWithLiteral(node, lookup, instants, &comparable);
        if (node.op == QLatin1String("ne"))
            return !comparable || c != 0;
        if (!comparable)
            return false;
        if (node.op == QLatin1String("eq"))
            return c == 0;
        if (node.op == QLatin1String("lt"))
            return c < 0;
        if (node.op == QLatin1String("le"))
            return c <= 0;
        if (node.op == QLatin1String("gt"))
            return c > 0;
        return c >= 0;
    }
    }
    return false;
}

template<typename Visitor> void visit(const ODataFilter::Node &node, Visitor &&visitor)
{
    visitor(node);
    if (node.left)
        visit(*node.left, visitor);
    if (node.right)
        visit(*node.right, visitor);
}

QLatin1String functionName(ODataFilter::Node::Kind kind)
{
    switch (kind) {
    case ODataFilter::Node::StartsWith:
        return QLatin1String("startswith");
    case ODataFilter::Node::EndsWith:
        return QLatin1String("endswith");
    case ODataFilter::Node::Contains:
        return QLatin1String("contains");
    default:
        return QLatin1String("");
    }
}

} // namespace

ODataFilter ODataFilter::parse(const QString &expression, QString *error)
{
    ODataFilter filter;
    QList<Token> tokens;
    if (!Lexer(expression).tokenize(&tokens, error))
        return filter;
    if (tokens.size() == 1) {
        *error = QStringLiteral("The $filter expression is empty.");
        return filter;
    }
    filter.m_root = Parser(tokens, expression).parse(error);
    return filter;
}

bool ODataFilter::usesFunction(const QString &name) const
{
    bool found = false;
    if (m_root)
        visit(*m_root, [&](const Node &n) { found |= functionName(n.kind) == name; });
    return found;
}

bool ODataFilter::comparesOnlyWith(const QString &function) const
{
    bool only = m_root != nullptr;
    if (m_root) {
        visit(*m_root, [&](const Node &n) {
            if (n.kind != Node::And && n.kind != Node::Or && n.kind != Node::Not)
                only &= functionName(n.kind) == function;
        });
    }
    return only;
}

QStringList ODataFilter::properties() const
{
    QStringList names;
    if (m_root) {
        visit(*m_root, [&](const Node &n) {
            if (!n.property.isEmpty() && !names.contains(n.property))
                names.append(n.property);
        });
    }
    return names;
}

QString ODataFilter::validate(const PropertyCheck &check) const
{
    QString message;
    if (m_root) {
        visit(*m_root, [&](const Node &n) {
            for (const auto &literal : n.literals) {
                if (message.isEmpty() && !n.property.isEmpty())
                    message
                        = check(n.property, isDateLiteral(literal) ? QJsonValue(literal.toString().mid(1)) : literal);
            }
        });
    }
    return message;
}

bool ODataFilter::matches(const PropertyLookup &lookup, const InstantLookup &instants) const
{
    return m_root && evaluate(*m_root, lookup, instants);
}
