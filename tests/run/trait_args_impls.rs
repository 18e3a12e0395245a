// One generic trait implemented several times for one type, distinguished by its type
// arguments: method calls, qualified paths and inferred targets each run the chosen impl.
trait Scale<T> {
    fn scale(&self, by: T) -> String;
}

trait Make<T> {
    fn make(&self) -> T;
}

#[derive(Debug)]
struct Meter(i32);

impl Scale<i32> for Meter {
    fn scale(&self, by: i32) -> String {
        format!("int {}", self.0 * by)
    }
}

impl Scale<f64> for Meter {
    fn scale(&self, by: f64) -> String {
        format!("float {:.2}", self.0 as f64 * by)
    }
}

impl Scale<&str> for Meter {
    fn scale(&self, by: &str) -> String {
        format!("text {}{}", self.0, by)
    }
}

impl Make<u8> for Meter {
    fn make(&self) -> u8 {
        self.0 as u8
    }
}

impl Make<Vec<i32>> for Meter {
    fn make(&self) -> Vec<i32> {
        (0..self.0).collect()
    }
}

impl Make<String> for Meter {
    fn make(&self) -> String {
        "m".repeat(self.0 as usize)
    }
}

fn main() {
    let m = Meter(3);
    println!("{}", m.scale(4));
    println!("{}", m.scale(0.5));
    println!("{}", m.scale("cm"));
    println!("{}", <Meter as Scale<i32>>::scale(&m, 10));
    println!("{}", Scale::<f64>::scale(&m, 1.5));
    let a: u8 = m.make();
    let b: Vec<i32> = m.make();
    let c: String = Make::make(&m);
    println!("{} {:?} {}", a, b, c);
    let d = <Meter as Make<String>>::make(&m).len() + usize::from(<Meter as Make<u8>>::make(&m));
    println!("{} {:?}", d, m);
}
