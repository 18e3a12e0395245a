// `unsafe impl` for an `unsafe trait` (a user one, std's `Send`/`Sync`), plain `impl` for a safe one.
unsafe trait Zeroable {
    fn zero() -> Self;
}

struct Meters(u32);

unsafe impl Zeroable for Meters {
    fn zero() -> Self {
        Meters(0)
    }
}

struct Token {
    id: u32,
}

unsafe impl Send for Token {}
unsafe impl Sync for Token {}

impl Clone for Token {
    fn clone(&self) -> Self {
        Token { id: self.id + 1 }
    }
}

fn main() {
    let m = Meters::zero();
    let t = Token { id: 1 };
    let t2 = t.clone();
    let h = std::thread::spawn(move || t2.id);
    println!("{} {} {}", m.0, t.id, h.join().unwrap());
}
