// Copying a field out of a value with a destructor (or borrowing it only inside the scope) is fine.
struct Session {
    id: u32,
}

impl Drop for Session {
    fn drop(&mut self) {
        println!("closing {}", self.id);
    }
}

fn main() {
    let id;
    {
        let s = Session { id: 7 };
        let r = &s.id;
        id = *r;
        println!("open {}", r);
    }
    println!("{}", id);
}
