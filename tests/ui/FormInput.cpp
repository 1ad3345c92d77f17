#include "FormInput.h"

#include "widgets/RecordForm.h"

#include <QLineEdit>

#include <catch2/catch.hpp>

void typeInto(RecordForm *form, const QString &field, const QString &text)
{
    auto *edit = qobject_cast<QLineEdit *>(form->fieldWidget(field));
    REQUIRE(edit);
    edit->setText(text);
    Q_EMIT edit->textEdited(text);
    Q_EMIT edit->editingFinished(); // the user leaves the field
}
