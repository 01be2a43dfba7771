#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The permissions Graph documents for reads and for the five actions (the reference pages in shared/seeds), with
// the real name of the privileged scope.
namespace GraphActionRules {

extern const QString ManagedDevicesRead;
extern const QString ManagedDevicesReadWrite;
extern const QString PrivilegedOperations;
extern const QString ServiceConfigRead;
extern const QString ServiceConfigReadWrite;
extern const QString ConfigurationReadWrite;

struct ActionRule
{
    QString name;
    QStringList delegated;
    QStringList application; // empty: application permissions are not supported
};

const QList<ActionRule> &actionRules();
const ActionRule *ruleFor(const QString &action);
// Graph accepts a bound action by its short name or qualified with its namespace.
QString unqualified(const QString &segment);

} // namespace GraphActionRules
