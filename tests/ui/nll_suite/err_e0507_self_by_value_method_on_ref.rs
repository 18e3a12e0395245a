// calling a self-consuming method through &
struct Ticket { note: String }
impl Ticket { fn into_note(self) -> String { self.note } }
fn show(t: &Ticket) -> String { t.into_note() }
fn main() {
    println!("{}", show(&Ticket { note: String::from("n") }));
}
