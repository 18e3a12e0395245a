// regions: temporaries of one statement drop in reverse order of their scheduling: a call's
// result temporary (scheduled after its receiver's) drops first
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
impl Noisy {
    fn wrap(&self, name: &'static str) -> Noisy {
        println!("wrap {} in {}", self.0, name);
        Noisy(name)
    }
    fn len(&self) -> usize {
        self.0.len()
    }
}
fn make(name: &'static str) -> Noisy {
    Noisy(name)
}
fn main() {
    let n = make("a").wrap("bb").wrap("ccc").len();
    println!("len {}", n);
    let m = std::sync::Mutex::new(std::cell::RefCell::new(vec![1, 2]));
    println!("{:?}", m.lock().unwrap().borrow());
}
