// E0184: a type cannot be both Copy and have a destructor (derived and written impls)
#[derive(Clone, Copy)]
struct Ticket {
    id: u32,
}

impl Drop for Ticket {
    fn drop(&mut self) {
        println!("ticket {} closed", self.id);
    }
}

#[derive(Clone)]
struct Token(u8);

impl Copy for Token {}

impl Drop for Token { fn drop(&mut self) {} }

fn main() {
    let t = Ticket { id: 1 };
    let k = Token(2);
    println!("{} {}", t.id, k.0);
}
