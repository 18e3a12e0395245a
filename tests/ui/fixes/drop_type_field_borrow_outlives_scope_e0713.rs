// A field borrowed out of a value whose type implements Drop, used after the value's scope:
// its destructor needs exclusive access to the field (E0713, not E0597).
struct Session {
    id: u32,
}

impl Drop for Session {
    fn drop(&mut self) {
        println!("closing {}", self.id);
    }
}

fn main() {
    let id_ref;
    {
        let s = Session { id: 7 };
        id_ref = &s.id;
    }
    println!("{}", id_ref);
}
