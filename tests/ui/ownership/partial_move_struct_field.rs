// ownership: one field moved out of a struct, then the whole struct is borrowed
struct Ticket {
    owner: String,
    seat: String,
}

fn show(t: &Ticket) {
    println!("{} {}", t.owner, t.seat);
}

fn main() {
    let t = Ticket { owner: String::from("kim"), seat: String::from("12A") };
    let owner = t.owner;
    println!("{}", owner);
    show(&t);
}
