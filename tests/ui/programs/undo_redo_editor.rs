// a text editor buffer with undo and redo stacks of edit commands applied through &mut self
#[derive(Debug, Clone)]
enum Edit {
    Insert { at: usize, text: String },
    Delete { at: usize, len: usize, removed: String },
}

struct Editor {
    text: String,
    undo: Vec<Edit>,
    redo: Vec<Edit>,
}

impl Editor {
    fn apply(&mut self, edit: &Edit) {
        match edit {
            Edit::Insert { at, text } => self.text.insert_str(*at, text),
            Edit::Delete { at, len, .. } => {
                self.text.replace_range(*at..*at + *len, "");
            }
        }
    }

    fn inverse(edit: &Edit) -> Edit {
        match edit {
            Edit::Insert { at, text } => Edit::Delete { at: *at, len: text.len(), removed: text.clone() },
            Edit::Delete { at, removed, .. } => Edit::Insert { at: *at, text: removed.clone() },
        }
    }

    fn insert(&mut self, at: usize, text: &str) {
        let edit = Edit::Insert { at, text: text.to_string() };
        self.apply(&edit);
        self.undo.push(edit);
        self.redo.clear();
    }

    fn delete(&mut self, at: usize, len: usize) {
        let removed = self.text[at..at + len].to_string();
        let edit = Edit::Delete { at, len, removed };
        self.apply(&edit);
        self.undo.push(edit);
        self.redo.clear();
    }

    fn undo(&mut self) -> bool {
        match self.undo.pop() {
            Some(edit) => {
                let back = Editor::inverse(&edit);
                self.apply(&back);
                self.redo.push(edit);
                true
            }
            None => false,
        }
    }

    fn redo(&mut self) -> bool {
        if let Some(edit) = self.redo.pop() {
            self.apply(&edit);
            self.undo.push(edit);
            return true;
        }
        false
    }
}

fn main() {
    let mut ed = Editor { text: String::new(), undo: vec![], redo: vec![] };
    ed.insert(0, "hello world");
    ed.insert(5, ",");
    ed.delete(7, 5);
    ed.insert(7, "rust");
    println!("{:?}", ed.text);
    ed.undo();
    ed.undo();
    println!("after two undos: {:?}", ed.text);
    ed.redo();
    println!("after redo: {:?}", ed.text);
    ed.insert(0, ">> ");
    println!("redo possible: {}", ed.redo());
    while ed.undo() {}
    println!("all undone: {:?} (redo stack {})", ed.text, ed.redo.len());
}
