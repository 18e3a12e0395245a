// text editor with undo/redo stacks of enum commands, String insert/remove, char boundaries
#[derive(Debug, Clone)]
enum Edit {
    Insert { at: usize, text: String },
    Delete { at: usize, text: String },
}

struct Editor {
    buf: String,
    undo: Vec<Edit>,
    redo: Vec<Edit>,
}

impl Editor {
    fn apply(&mut self, e: &Edit) {
        match e {
            Edit::Insert { at, text } => self.buf.insert_str(*at, text),
            Edit::Delete { at, text } => {
                self.buf.replace_range(*at..*at + text.len(), "");
            }
        }
    }

    fn inverse(e: &Edit) -> Edit {
        match e.clone() {
            Edit::Insert { at, text } => Edit::Delete { at, text },
            Edit::Delete { at, text } => Edit::Insert { at, text },
        }
    }

    fn run(&mut self, e: Edit) {
        self.apply(&e);
        self.undo.push(e);
        self.redo.clear();
    }

    fn delete(&mut self, at: usize, len: usize) {
        let text = self.buf[at..at + len].to_string();
        self.run(Edit::Delete { at, text });
    }

    fn undo(&mut self) -> bool {
        match self.undo.pop() {
            Some(e) => {
                let inv = Editor::inverse(&e);
                self.apply(&inv);
                self.redo.push(e);
                true
            }
            None => false,
        }
    }

    fn redo(&mut self) -> bool {
        if let Some(e) = self.redo.pop() {
            self.apply(&e);
            self.undo.push(e);
            return true;
        }
        false
    }
}

fn main() {
    let mut ed = Editor { buf: String::new(), undo: vec![], redo: vec![] };
    ed.run(Edit::Insert { at: 0, text: "hello world".into() });
    ed.run(Edit::Insert { at: 5, text: ",".into() });
    ed.delete(6, 6);
    ed.run(Edit::Insert { at: 6, text: " there".into() });
    println!("now: {:?}", ed.buf);
    while ed.undo() {
        println!("undo -> {:?}", ed.buf);
    }
    ed.redo();
    ed.redo();
    println!("redo x2 -> {:?} (undo {} redo {})", ed.buf, ed.undo.len(), ed.redo.len());
    ed.run(Edit::Insert { at: 0, text: ">> ".into() });
    println!("final {:?}, redo cleared: {}", ed.buf, ed.redo.is_empty());
    println!("upper {}", ed.buf.to_uppercase());
}
