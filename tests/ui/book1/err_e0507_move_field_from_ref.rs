// ownership: a &self method tries to return an owned field by value
struct Ticket {
    owner: String,
    seat: u32,
}

impl Ticket {
    fn owner(&self) -> String {
        self.owner
    }
}

fn main() {
    let t = Ticket { owner: String::from("zoe"), seat: 12 };
    println!("{} {}", t.owner(), t.seat);
}
