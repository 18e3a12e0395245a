// smart pointers: Box, Rc and Arc of arrays and concrete types coerced to slices and trait objects
use std::fmt::Debug;
use std::rc::Rc;
use std::sync::Arc;

trait Sound {
    fn make(&self) -> String;
}

struct Bell(u8);

impl Sound for Bell {
    fn make(&self) -> String {
        "ding ".repeat(self.0 as usize).trim_end().to_string()
    }
}

struct Pack {
    weights: Box<[u16]>,
    extra: Box<dyn Debug>,
}

fn total(xs: Rc<[u16]>) -> u32 {
    xs.iter().map(|&x| x as u32).sum()
}

fn main() {
    let p = Pack { weights: Box::new([4, 5, 6]), extra: Box::new(('k', 2)) };
    println!("{:?} {:?}", p.weights, p.extra);
    println!("{}", total(Rc::new([10, 20, 30])));
    let shared: Rc<dyn Sound> = Rc::new(Bell(2));
    let again = Rc::clone(&shared);
    println!("{} ({} refs)", again.make(), Rc::strong_count(&shared));
    let bells: Vec<Arc<dyn Sound + Send + Sync>> = vec![Arc::new(Bell(1)), Arc::new(Bell(3))];
    for b in &bells {
        println!("{}", b.make());
    }
}
