// matching on an enum that is mutably borrowed reports at `match <scrutinee>`
#[derive(Debug)]
enum State { Idle, Busy(u8) }
fn main() {
    let mut s = State::Busy(1);
    let r = &mut s;
    match s {
        State::Idle => println!("idle"),
        State::Busy(n) => println!("busy {}", n),
    }
    *r = State::Idle;
}
