// a method taking self consumes the receiver
struct Ticket { id: u32, note: String }
impl Ticket { fn close(self) -> String { format!("{} {}", self.id, self.note) } }
fn main() {
    let t = Ticket { id: 1, note: String::from("n") };
    let a = t.close();
    let b = t.close();
    println!("{} {}", a, b);
}
