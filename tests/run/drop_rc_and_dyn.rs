// drop order: Rc drops its value with the last strong ref; Box<dyn Trait>; closures own captures
use std::rc::Rc;

trait Speak {
    fn speak(&self) -> String;
}
struct Dog(u32);
struct Cat(u32);
impl Speak for Dog {
    fn speak(&self) -> String {
        format!("woof{}", self.0)
    }
}
impl Speak for Cat {
    fn speak(&self) -> String {
        format!("meow{}", self.0)
    }
}
impl Drop for Dog {
    fn drop(&mut self) {
        println!("dog {} gone", self.0);
    }
}
impl Drop for Cat {
    fn drop(&mut self) {
        println!("cat {} gone", self.0);
    }
}

fn main() {
    let shared = Rc::new(Dog(1));
    let other = Rc::clone(&shared);
    println!("count {}", Rc::strong_count(&shared));
    drop(shared);
    println!("after first drop, count {}", Rc::strong_count(&other));
    drop(other);
    println!("after second drop");
    let pets: Vec<Box<dyn Speak>> = vec![Box::new(Cat(2)), Box::new(Dog(3))];
    for p in pets.iter() {
        println!("{}", p.speak());
    }
    let cat = Cat(4);
    let talk = move || println!("closure has {}", cat.speak());
    talk();
    println!("closure still alive");
    drop(talk);
    let weak = {
        let strong = Rc::new(Cat(5));
        Rc::downgrade(&strong)
    };
    println!("upgrade is none: {}", weak.upgrade().is_none());
    println!("end");
}
