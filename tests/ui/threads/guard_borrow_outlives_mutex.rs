use std::sync::Mutex;
fn main() {
    let r;
    {
        let m = Mutex::new(5);
        r = m.lock().unwrap();
    }
    println!("{}", *r);
}
