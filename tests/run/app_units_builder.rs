// Zero-cost wrappers and builders: PhantomData-tagged units, a consuming builder with
// validation, Default and struct update syntax.
use std::marker::PhantomData;
use std::ops::Add;

#[derive(Debug, Clone, Copy)]
struct Meters;
#[derive(Debug, Clone, Copy)]
struct Feet;

#[derive(Debug, Clone, Copy)]
struct Length<U> {
    value: f64,
    unit: PhantomData<U>,
}

impl<U> Length<U> {
    fn new(value: f64) -> Self {
        Length { value, unit: PhantomData }
    }
}

impl<U> Add for Length<U> {
    type Output = Length<U>;
    fn add(self, o: Self) -> Self {
        Length::new(self.value + o.value)
    }
}

impl From<Length<Feet>> for Length<Meters> {
    fn from(f: Length<Feet>) -> Self {
        Length::new(f.value * 0.3048)
    }
}

#[derive(Debug, Clone, PartialEq)]
struct Request {
    method: String,
    url: String,
    headers: Vec<(String, String)>,
    timeout_ms: u32,
    retries: u8,
}

impl Default for Request {
    fn default() -> Self {
        Request { method: "GET".into(), url: String::new(), headers: vec![], timeout_ms: 5000, retries: 0 }
    }
}

#[derive(Default)]
struct RequestBuilder {
    req: Request,
    errors: Vec<String>,
}

impl RequestBuilder {
    fn url(mut self, u: &str) -> Self {
        if !u.starts_with("http") {
            self.errors.push(format!("bad url {:?}", u));
        }
        self.req.url = u.to_string();
        self
    }
    fn method(mut self, m: &str) -> Self {
        self.req.method = m.to_uppercase();
        self
    }
    fn header(mut self, k: &str, v: &str) -> Self {
        self.req.headers.push((k.to_lowercase(), v.to_string()));
        self
    }
    fn timeout(mut self, ms: u32) -> Self {
        if ms == 0 {
            self.errors.push("timeout must be positive".to_string());
        }
        self.req.timeout_ms = ms;
        self
    }
    fn build(self) -> Result<Request, Vec<String>> {
        if self.req.url.is_empty() {
            let mut e = self.errors;
            e.push("missing url".into());
            return Err(e);
        }
        if self.errors.is_empty() { Ok(self.req) } else { Err(self.errors) }
    }
}

fn main() {
    let a: Length<Meters> = Length::new(2.5);
    let b = Length::<Feet>::new(10.0);
    let total = a + b.into();
    println!("{:.4} m", total.value);
    let feet_sum = b + Length::new(2.0);
    println!("{} ft", feet_sum.value);

    let ok = RequestBuilder::default().url("https://example.org/api").method("post").header("Content-Type", "json").timeout(250).build();
    println!("{:?}", ok);
    let bad = RequestBuilder::default().url("ftp:/x").timeout(0).build();
    println!("{:?}", bad);
    println!("{:?}", RequestBuilder::default().build());
    let quick = Request { url: "http://a.b".into(), retries: 3, ..Default::default() };
    println!("{:?} same as default except url/retries: {}", quick, Request { url: String::new(), retries: 0, ..quick.clone() } == Request::default());

}
